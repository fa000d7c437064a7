// The demo archive's rubrics: the same sections in every edition, each named in the edition's language.

import type { EditionCode } from '../../domain/editions.js';

export type DemoRubric =
  | 'foreignPolicy'
  | 'economy'
  | 'energy'
  | 'transport'
  | 'society'
  | 'sport'
  | 'culture'
  | 'world'
  | 'technology';

/** Rubric paths per edition; "Parent / Child" is a sub-rubric. */
export const DEMO_RUBRICS: Record<EditionCode, Record<DemoRubric, string>> = {
  az: {
    foreignPolicy: 'Siyasət / Xarici siyasət',
    economy: 'İqtisadiyyat',
    energy: 'İqtisadiyyat / Energetika',
    transport: 'İqtisadiyyat / Nəqliyyat',
    society: 'Cəmiyyət',
    sport: 'İdman',
    culture: 'Mədəniyyət',
    world: 'Dünya',
    technology: 'Texnologiya',
  },
  ru: {
    foreignPolicy: 'Политика / Внешняя политика',
    economy: 'Экономика',
    energy: 'Экономика / Энергетика',
    transport: 'Экономика / Транспорт',
    society: 'Общество',
    sport: 'Спорт',
    culture: 'Культура',
    world: 'В мире',
    technology: 'Технологии',
  },
  en: {
    foreignPolicy: 'Politics / Foreign policy',
    economy: 'Economy',
    energy: 'Economy / Energy',
    transport: 'Economy / Transport',
    society: 'Society',
    sport: 'Sport',
    culture: 'Culture',
    world: 'World',
    technology: 'Technology',
  },
};
