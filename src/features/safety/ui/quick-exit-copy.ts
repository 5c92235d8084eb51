/** Words of the quick exit. */
export const copy = {
  button: { text: 'Exit', label: 'Exit: leave this site now' },
  settings: {
    title: 'Quick exit',
    intro: 'The Exit button at the top, or pressing Shift three times, hides Offbeat at once and opens another site in its place.',
    to: 'Site to open instead',
    toHint: 'An https address. Pick one you often visit, so it looks ordinary.',
    toInvalid: 'Please use a full https address, like https://www.bbc.com/weather.',
    leaveNoTrail: 'Leave no trail on this device',
    leaveNoTrailHint: 'Moving between screens does not add to this browser’s history, so Back after a quick exit does not lead into Offbeat.',
    save: 'Save',
    saved: 'Saved on this device.',
    limits: [
      'A quick exit cannot erase what is already in this browser’s history, other tabs, or anything on a device someone else can see into.',
      'If someone checks your phone or computer, a private window and a device only you use are safer.',
    ],
  },
};
