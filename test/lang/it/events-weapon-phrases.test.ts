import { describeWeaponPhrases } from '../../pipeline/weapon-phrases.js';

describeWeaponPhrases('it', {
  damage: 'Nella notte droni russi hanno danneggiato tre case a Kharkiv.',
  place: 'Kharkiv',
  intercept: 'Nella notte la difesa aerea ucraina ha distrutto 41 droni russi sulla regione di Kiev.',
  owner: 'Military Forces of Russia',
  refinery: 'Nella notte droni ucraini hanno colpito la raffineria di Saratov, provocando un incendio.',
  minibus: 'A Zaporizhzhia un drone russo ha colpito un minibus: feriti l’autista e due passeggeri.',
});
