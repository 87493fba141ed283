// SCAFFOLD: filled in by its own change (issue 13's pages).
import express, { type Router } from 'express';
import type { SectionDeps } from '../staff/section';

export function meTrainingRoutes(_deps: SectionDeps): Router {
  return express.Router();
}
