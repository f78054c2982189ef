import type { LanguagePack } from '../pack.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { und } from './und.js';

/** The full language packs by code; "und" holds the language-neutral rules. */
export const PACKS: Readonly<Record<string, LanguagePack>> = Object.freeze({ de, en, fr, es, it, nl, und });

/** Codes with a full pack, German first. */
export const PACKED_LANGUAGES: readonly string[] = Object.freeze(Object.keys(PACKS).filter((code) => code !== 'und'));
