import { describeWeaponPhrases } from '../../pipeline/weapon-phrases.js';

describeWeaponPhrases('ru', {
  damage: 'Ночью российские дроны повредили три дома в Харькове.',
  place: 'Kharkiv',
  intercept: 'Ночью силы ПВО уничтожили 41 украинский беспилотник над Курской областью.',
  owner: 'Military Forces of Ukraine',
  refinery: 'Ночью украинские беспилотники атаковали НПЗ в Саратове, возник пожар.',
  minibus: 'В Запорожье дрон атаковал маршрутку: ранены водитель и две пассажирки.',
});
