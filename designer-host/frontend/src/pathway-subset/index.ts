import { SubsetContextPad, SubsetPalette, SubsetReplaceMenu } from './SubsetPalette';

/** Limits the palette, context pad and replace menu to the executable subset. */
export default {
  __init__: ['subsetPalette', 'subsetContextPad', 'subsetReplaceMenu'],
  subsetPalette: ['type', SubsetPalette],
  subsetContextPad: ['type', SubsetContextPad],
  subsetReplaceMenu: ['type', SubsetReplaceMenu]
};
