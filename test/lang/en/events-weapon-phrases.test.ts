import { describeWeaponPhrases } from '../../pipeline/weapon-phrases.js';

describeWeaponPhrases('en', {
  damage: 'Russian drones damaged three houses in Kharkiv overnight.',
  place: 'Kharkiv',
  intercept: "Ukraine's air defences destroyed 41 Russian drones over the Kyiv region overnight.",
  owner: 'Military Forces of Russia',
  refinery: 'Ukrainian drones hit the oil refinery in Saratov overnight, causing a fire.',
  minibus: 'In Zaporizhzhia a Russian drone hit a minibus, wounding the driver and two passengers.',
});
