/**
 * The map: maplibre-gl on the offline basemap. Events come from `GET /api/web/map`, aggregated by
 * the server into cells that fit the zoom; single events open on click, clusters zoom in.
 */
import { Map as MapLibre, Marker, Popup, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// the worker is a self-contained module: shipped as an asset of the build, loaded from our server
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Filters } from './filters.js';
import { getJson, isAbort } from './http.js';
import { cellsToGeoJson } from './map-data.js';
import { cellParams, FIT, takePrefetched } from './map-prefetch.js';
import type { View } from './map-prefetch.js';
import type { CellProps, MapPayload } from './map-data.js';
import { fetchExtent } from './extent.js';
import { mapStyle, NOTHING } from './map-style.js';

interface Props {
  readonly filters: Filters;
  readonly selected?: number;
  readonly version: number;
  readonly onSelect: (id: number) => void;
}

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

function createMap(container: HTMLElement): MapLibre {
  return new MapLibre({
    container,
    style: mapStyle(new URL('basemap', document.baseURI).href.replace(/\/$/, '')),
    center: [20, 30],
    zoom: 1.5,
    attributionControl: { compact: true, customAttribution: 'Basemap: Natural Earth' },
  });
}

/** Admin-1 outlines are 2 MB: fetched once the events are drawn, never before. */
function loadAdmin1(map: MapLibre): void {
  void fetch(new URL('basemap/admin1.json', document.baseURI))
    .then((r) => r.json())
    .then((data: GeoJSON.FeatureCollection) => (map.getSource('admin1') as GeoJSONSource | undefined)?.setData(data))
    .catch(() => undefined);
}

/** Frames the map on the matching events (`GET /api/web/extent`) before the first data request. */
function frame(map: MapLibre, filters: Filters, done: (framed: boolean) => void, fresh = false): void {
  let framed = false;
  fetchExtent(filters, fresh)
    .then((extent) => {
      if (extent) map.fitBounds([[extent[0], extent[1]], [extent[2], extent[3]]], { ...FIT, duration: 0 });
      framed = extent !== null;
    })
    .catch(() => undefined)
    .finally(() => done(framed));
}

/** Count labels of the clusters, as DOM markers (the style has no glyphs to draw text with). */
function drawLabels(map: MapLibre, payload: MapPayload, markers: Marker[]): Marker[] {
  for (const m of markers) m.remove();
  return payload.cells
    .filter((c) => c.count > 1)
    .map((c) => {
      const el = document.createElement('div');
      el.className = 'cluster-label';
      el.textContent = c.count >= 1000 ? `${(c.count / 1000).toFixed(c.count >= 10_000 ? 0 : 1)}k` : String(c.count);
      return new Marker({ element: el }).setLngLat([c.lon, c.lat]).addTo(map);
    });
}

function onFeatureClick(map: MapLibre, f: MapGeoJSONFeature, onSelect: (id: number) => void): void {
  const p = f.properties as CellProps;
  const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
  if (p.count > 1) map.easeTo({ center: [lon, lat], zoom: Math.min(map.getZoom() + 2.5, 14) });
  else onSelect(p.id);
}

function useHover(map: MapLibre | undefined): void {
  useEffect(() => {
    if (!map) return;
    const popup = new Popup({ closeButton: false, closeOnClick: false, className: 'map-popup' });
    const move = (e: { features?: MapGeoJSONFeature[]; lngLat: { lng: number; lat: number } }): void => {
      const p = e.features?.[0]?.properties as CellProps | undefined;
      if (!p) return;
      map.getCanvas().style.cursor = 'pointer';
      const label = p.count > 1 ? `${p.count} events, ${p.fatalities} killed (mostly ${p.type})` : `${p.type}: ${p.fatalities} killed`;
      popup.setLngLat(e.lngLat).setText(label).addTo(map);
    };
    const leave = (): void => {
      map.getCanvas().style.cursor = '';
      popup.remove();
    };
    map.on('mousemove', 'events-circles', move);
    map.on('mouseleave', 'events-circles', leave);
    return () => {
      map.off('mousemove', 'events-circles', move);
      map.off('mouseleave', 'events-circles', leave);
      popup.remove();
    };
  }, [map]);
}

export function MapView({ filters, selected, version, onSelect }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibre>();
  const [view, setView] = useState(0);
  const [styled, setStyled] = useState(false);
  const [status, setStatus] = useState('loading map…');
  const hasFrame = useRef(false);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  useEffect(() => {
    const m = createMap(ref.current!);
    performance.mark('sitrep:map-created'); // the marks time the first render (bench/dashboard.bench.mjs)
    // data is requested as soon as the map is framed on the events, while the style, the
    // workers and the basemap are still loading (see useMapData)
    frame(m, filters, (onData) => ((hasFrame.current = onData), setMap(m)));
    m.on('moveend', () => setView((v) => v + 1));
    m.on('click', 'events-circles', (e) => e.features?.[0] && onFeatureClick(m, e.features[0], (id) => selectRef.current(id)));
    m.once('style.load', () => (performance.mark('sitrep:style-loaded'), setStyled(true)));
    return () => m.remove();
  }, []);
  useHover(map);
  useEffect(() => {
    // the database was empty when the map opened: frame the first events that arrive
    if (map && version > 0 && !hasFrame.current) frame(map, filters, (onData) => (hasFrame.current = onData), true);
  }, [map, version]);
  useMapData(map, filters, view, version, setStatus, ref);

  useEffect(() => {
    if (styled) map?.setFilter('events-selected', ['==', ['get', 'id'], selected ?? NOTHING]);
  }, [map, styled, selected]);

  return (
    <section class="map-panel" aria-label="Map of events">
      <div ref={ref} class="map" data-testid="map" />
      <div class="map-status" data-testid="map-status">{status}</div>
    </section>
  );
}

/** Runs `f` now if the style's sources exist, else once the style has loaded. */
function onStyle(map: MapLibre, f: () => void): void {
  if (map.getSource('events')) f();
  else map.once('style.load', f);
}

/** Calls back with the number of event circles drawn, at the first frame that shows any on the basemap (or when idle). */
function whenDrawn(map: MapLibre, done: (shown: number) => void): void {
  const check = (): void => {
    // the first frame that shows the events on the country outlines (both sources' tiles made)
    if (!map.isSourceLoaded('events') || !map.isSourceLoaded('countries')) return;
    const shown = map.queryRenderedFeatures({ layers: ['events-circles'] }).length;
    if (shown === 0) return; // not drawn yet: the next frame, or idle, will tell
    map.off('render', check);
    map.off('idle', idle);
    done(shown);
  };
  const idle = (): void => {
    map.off('render', check);
    done(map.queryRenderedFeatures({ layers: ['events-circles'] }).length);
  };
  map.on('render', check);
  map.once('idle', idle);
}

function useMapData(
  map: MapLibre | undefined,
  filters: Filters,
  view: number,
  version: number,
  setStatus: (s: string) => void,
  ref: { current: HTMLDivElement | null },
): void {
  const markers = useRef<Marker[]>([]);
  const admin1 = useRef(false);
  const show = (m: MapLibre, payload: MapPayload): void => {
    performance.mark('sitrep:map-data');
    (m.getSource('events') as GeoJSONSource).setData(cellsToGeoJson(payload.cells));
    markers.current = drawLabels(m, payload, markers.current);
    setStatus(`${payload.total.toLocaleString('en')} events in view`);
    whenDrawn(m, (shown) => {
      performance.mark('sitrep:map-drawn');
      ref.current?.setAttribute('data-rendered', String(shown));
      if (!admin1.current) loadAdmin1(m);
      admin1.current = true;
    });
  };
  useEffect(() => {
    if (!map) return;
    const ctrl = new AbortController();
    const b = map.getBounds();
    const current: View = { zoom: map.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
    // the clusters prefetched while maplibre loaded, when they are for this very view
    const payload = takePrefetched(filters, current) ?? getJson<MapPayload>('api/web/map', cellParams(filters, current), ctrl.signal);
    payload
      .then((p) => ctrl.signal.aborted || onStyle(map, () => show(map, p)))
      .catch((err: unknown) => isAbort(err) || setStatus(`map data failed: ${(err as Error).message}`));
    return () => ctrl.abort();
  }, [map, filters, view, version]);
}
