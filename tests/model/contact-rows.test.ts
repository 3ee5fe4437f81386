/** Contact rows (src/model/contact-rows.ts): labelled in the interface language of the page or file. */
import { describe, expect, it } from 'vitest';
import { contactRows } from '../../src/model/contact-rows.ts';
import { ContactSchema } from '../../src/schemas/contact.ts';

const contact = ContactSchema.parse({
  phones: [{ number: '0300 123 4567' }, { number: '0300 123 4568', label: 'Cwynion' }],
  textRelay: '18001 0300 123 4567',
  bsl: 'Gofynnwch am ddehonglydd.',
  emails: [{ address: 'gofal@sir.example', label: 'Cwynion' }],
  post: [{ lines: ['Neuadd y Sir', 'Trefenghraifft'] }],
  hours: 'Dydd Llun i ddydd Gwener',
  website: 'https://sir.example/',
});

describe('contactRows', () => {
  it('labels the rows in English by default', () => {
    expect(contactRows(contact).map((row) => row.label)).toEqual([
      'Phone',
      'Phone (Cwynion)',
      'Text relay',
      'British Sign Language',
      'Email (Cwynion)',
      'Post',
      'Opening hours',
      'Website',
    ]);
  });

  it('in an easy-read edition, keeps the labels of several phones but drops the label of the only email', () => {
    expect(contactRows(contact, 'en-GB', { easyRead: true }).map((row) => row.label)).toEqual([
      'Phone',
      'Phone (Cwynion)',
      'Text relay',
      'British Sign Language',
      'Email',
      'Post',
      'Opening hours',
      'Website',
    ]);
  });

  it('labels the rows in Welsh for a Welsh page or file', () => {
    expect(contactRows(contact, 'cy-GB').map((row) => row.label)).toEqual([
      'Ffôn',
      'Ffôn (Cwynion)',
      'Cyfnewid testun',
      'Iaith Arwyddion Prydain',
      'E-bost (Cwynion)',
      'Post',
      'Oriau agor',
      'Gwefan',
    ]);
    expect(contactRows(contact, 'cy-GB').map(({ label: _label, ...rest }) => rest)).toEqual(
      contactRows(contact).map(({ label: _label, ...rest }) => rest),
    );
  });
});
