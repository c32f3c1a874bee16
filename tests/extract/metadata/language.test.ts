import { describe, expect, it } from 'vitest';
import { detectTextLanguage } from '../../../lib/extract/metadata/language';

describe('detectTextLanguage', () => {
  it.each([
    ['en', 'The council voted on Tuesday to approve the new budget for schools.'],
    ['nl', 'Het weer wordt morgen wisselvallig met af en toe een bui.'],
    ['fr', 'Les manifestations se poursuivent dans toute la France cette semaine.'],
    ['de', 'Die Regierung hat am Dienstag einen neuen Haushalt beschlossen.'],
    ['es', 'El gobierno anunció ayer un nuevo plan para las escuelas públicas.'],
    ['it', 'Il governo ha approvato ieri una nuova legge sulla scuola.'],
    ['pt', 'O governo anunciou ontem um novo plano para as escolas.'],
    ['ja', 'これは日本語のニュースレターです。今週の話題をお届けします。'],
    ['ru', 'Это новостная рассылка на русском языке о событиях недели.'],
  ])('%s', (lang, text) => {
    expect(detectTextLanguage(text)).toBe(lang);
  });
  it('says null when there is too little text', () => {
    expect(detectTextLanguage('OK')).toBeNull();
    expect(detectTextLanguage('12345 67890 !!!')).toBeNull();
  });
});
