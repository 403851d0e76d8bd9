import { describeInstitutionStatements } from '../../pipeline/institution-statements.js';

describeInstitutionStatements('en', [
  { text: '"We shot down 30 of 45 drones overnight," the Ukrainian air force said on Telegram.', speaker: { name: 'Ukrainian air force', role: 'military' }, platform: 'Telegram', claim: ['intercepted', 30] },
  { text: 'Russia\'s defence ministry said: "Air defences destroyed 44 Ukrainian drones over the Bryansk region overnight."', speaker: { name: 'Russia\'s defence ministry', role: 'minister' }, claim: ['intercepted', 44] },
]);
