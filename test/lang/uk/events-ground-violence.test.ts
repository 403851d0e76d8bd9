import { describeGroundViolence } from '../../pipeline/ground-violence.js';

describeGroundViolence('uk', {
  openFire: { text: 'У Львові чоловік відкрив вогонь у торговому центрі, загинули троє людей.', place: 'Lviv', act: 'відкрив вогонь', killed: 3 },
  shootings: [
    { text: 'Стрілянина в Одесі: загинули двоє людей.', place: 'Odesa', act: 'Стрілянина', killed: 2 },
    { text: "У Полтаві невідомий застрелив чоловіка біля під'їзду.", place: 'Poltava', act: 'застрелив', killed: 1 },
    { text: 'Ворожий снайпер застрелив двох цивільних у Херсоні.', place: 'Kherson', act: 'застрелив', killed: 2 },
  ],
  gunfight: { text: 'Суданська армія та бійці СШП вступили в перестрілку в Омдурмані, загинули 15 людей.', place: 'Omdurman', act: 'перестрілку', killed: 15 },
  groupRaid: {
    text: 'Бойовики Сил швидкої підтримки напали на село поблизу Омдурмана і вбили 12 мирних жителів.',
    place: 'Omdurman', act: 'напали', killed: 12, actorText: 'Бойовики Сил швидкої підтримки',
  },
  israeliStrike: {
    text: "Унаслідок ізраїльського авіаудару по Хан-Юнісу загинули п'ятеро людей.",
    place: 'Khān Yūnis', act: 'авіаудару', killed: 5, actorText: 'ізраїльського авіаудару',
  },
  // "обстріл" is shelling, not "стрілянина"
  shelling: { text: 'Російські війська обстріляли Херсон, загинули двоє людей.', place: 'Kherson', act: 'обстріляли', killed: 2 },
  shotDown: { text: 'Сили ППО збили 20 дронів над Києвом.', place: 'Kyiv', act: 'збили' },
  stateAttack: { text: 'Росія атакувала Харків уночі.', place: 'Kharkiv', act: 'атакувала', actor: 'Military Forces of Russia', actorText: 'Росія' },
});
