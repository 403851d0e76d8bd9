/**
 * The map, loaded as its own chunk: maplibre-gl is most of the dashboard's weight, and the table,
 * the timeline and the filters render without waiting for it.
 */
import type { ComponentProps, FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchExtent } from './extent.js';
import { prefetchCells } from './map-prefetch.js';
import type { MapView as MapViewType } from './map-view.js';

type Props = ComponentProps<typeof MapViewType>;

export function LazyMapView(props: Props) {
  const [View, setView] = useState<FunctionComponent<Props>>();
  const [error, setError] = useState<string>();
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    // the extent and the first clusters, in parallel with the map chunk
    fetchExtent(props.filters)
      .then((extent) => {
        const el = box.current;
        if (extent && el && el.clientWidth > 0) prefetchCells(props.filters, extent, el.clientWidth, el.clientHeight);
      })
      .catch(() => undefined);
    import('./map-view.js')
      .then((m) => setView(() => m.MapView))
      .catch((err: unknown) => setError(`the map could not load: ${(err as Error).message}`));
  }, []);
  if (View) return <View {...props} />;
  return (
    <section class="map-panel" aria-label="Map of events" ref={box}>
      <div class="map-status">{error ?? 'loading map…'}</div>
    </section>
  );
}
