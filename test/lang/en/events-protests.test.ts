import { describeProtests } from '../../pipeline/protests.js';

describeProtests('en', {
  protest: { text: 'Thousands of protesters marched through Tbilisi on Sunday.', place: 'Tbilisi', act: 'protesters' },
  riot: { text: 'Riots broke out in Dakar on Monday after the vote.', place: 'Dakar', act: 'Riots' },
  notProtest: { text: 'KHARKIV, March 8 (Reuters) - A Russian missile hit an apartment block in Kharkiv on Sunday.', place: 'Kharkiv', act: 'missile' },
});
