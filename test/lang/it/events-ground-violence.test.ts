import { describeGroundViolence } from '../../pipeline/ground-violence.js';

describeGroundViolence('it', {
  openFire: { text: 'Un uomo armato ha aperto il fuoco in un centro commerciale a Bergamo: tre persone sono morte.', place: 'Bergamo', act: 'ha aperto il fuoco', killed: 3 },
  shootings: [
    { text: 'Sparatoria a Napoli nella notte: due morti.', place: 'Naples', act: 'Sparatoria', killed: 2 },
    { text: "Un uomo è stato ucciso a colpi d'arma da fuoco a Palermo.", place: 'Palermo', act: "colpi d'arma da fuoco", killed: 1 },
    { text: 'Un ragazzo è stato accoltellato davanti a una discoteca a Torino.', place: 'Turin', act: 'accoltellato' },
  ],
  gunfight: { text: "Conflitto a fuoco tra l'esercito sudanese e le Forze di supporto rapido a Omdurman: 15 morti.", place: 'Omdurman', act: 'Conflitto a fuoco', killed: 15 },
  groupRaid: {
    text: 'Miliziani delle Forze di supporto rapido hanno attaccato un villaggio vicino a El Fasher: uccisi 12 civili.',
    place: 'El Fasher', act: 'attaccato', killed: 12, actorText: 'Miliziani delle Forze di supporto rapido',
  },
  israeliStrike: {
    text: 'Un raid aereo israeliano ha ucciso cinque persone a Khan Younis.',
    place: 'Khān Yūnis', act: 'raid aereo', killed: 5, actorText: 'raid aereo israeliano',
  },
  shelling: { text: 'Colpi di artiglieria russi su Kherson: due civili uccisi.', place: 'Kherson', act: 'Colpi di artiglieria', killed: 2 },
  shotDown: { text: 'Nella notte la difesa aerea ha abbattuto 20 droni su Kiev.', place: 'Kyiv', act: 'abbattuto' },
  stateAttack: { text: 'La Russia ha attaccato Kharkiv nella notte.', place: 'Kharkiv', act: 'attaccato', actor: 'Military Forces of Russia', actorText: 'La Russia' },
});
