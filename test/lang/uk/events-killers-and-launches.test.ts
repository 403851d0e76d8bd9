import { describeKillersAndLaunches } from '../../pipeline/killers-and-launches.js';

describeKillersAndLaunches('uk', {
  killer: { text: 'У понеділок у Бєлгороді чоловік убив двох сусідів.', place: 'Belgorod', victims: 'убив двох' },
  execution: { text: 'У неділю бойовики розстріляли 20 мешканців села у штаті Борно.', place: 'Borno State', victims: 'розстріляли 20' },
  rockets: { text: 'У понеділок бойовики ХАМАС випустили десятки ракет по Ашкелону.', place: 'Ashkelon', weapon: 'десятки ракет', actor: 'Hamas Movement' },
  firedAndDowned: { text: 'Уночі Росія випустила 40 ракет по Україні, 30 з них було збито.', place: 'Ukraine' },
  partOfWhole: { text: 'У ніч на понеділок збито 50 з 72 ударних БпЛА над Київською областю.', place: 'Kyiv Oblast', weapons: '50 з 72 ударних БпЛА' },
});
