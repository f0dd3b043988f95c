/**
 * The only place that reads action inputs. Each action's `getInputs()` builds its options object
 * through these helpers, so every input is parsed one way everywhere.
 */
import * as core from '@actions/core';
import { InputError } from '../util/errors.js';
import { parseBoolean, parseChoice, parseDuration, parseList, parseSize } from '../util/parse.js';

export function getRequiredInput(name: string): string {
  const value = core.getInput(name).trim();
  if (!value) throw new InputError(`Input required and not supplied: ${name}`);
  return value;
}

export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

/** Reads a secret input and masks it before anything else can print it. */
export function getSecretInput(name: string): string | undefined {
  const value = core.getInput(name);
  if (value === '') return undefined;
  core.setSecret(value);
  return value;
}

export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  return value === undefined ? fallback : parseBoolean(value, `input ${name}`);
}

export function getDurationInput(name: string, fallback: string): number {
  return parseDuration(getOptionalInput(name) ?? fallback, `input ${name}`);
}

export function getSizeInput(name: string, fallback: string): number {
  return parseSize(getOptionalInput(name) ?? fallback, `input ${name}`);
}

export function getListInput(name: string): string[] {
  return parseList(core.getInput(name));
}

export function getChoiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  return parseChoice(getOptionalInput(name) ?? fallback, choices, `input ${name}`);
}

export function getJsonInput<T = unknown>(name: string): T | undefined {
  const value = getOptionalInput(name);
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as T;
  } catch (error) {
    throw new InputError(`input ${name}: not valid JSON (${(error as Error).message})`);
  }
}
