import { describeWeaponPhrases } from '../../pipeline/weapon-phrases.js';

describeWeaponPhrases('uk', {
  damage: 'Уночі російські дрони пошкодили три будинки в Харкові.',
  place: 'Kharkiv',
  intercept: 'Уночі сили ППО знищили 41 російський безпілотник над Київщиною.',
  owner: 'Military Forces of Russia',
  refinery: 'Уночі українські дрони атакували НПЗ у Саратові, виникла пожежа.',
  minibus: 'У Запоріжжі ворожий дрон атакував маршрутку: поранено водія та двох пасажирок.',
});
