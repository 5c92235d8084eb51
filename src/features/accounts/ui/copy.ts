/**
 * Everything the account screens say, in one place (ready for translation).
 * Tone: warm, plain, never blaming. The problem is always the loop, never a person.
 */
export const copy = {
  welcome: {
    title: 'Offbeat',
    tagline: 'For two people who keep landing in the same loop, and would like to step out of it together.',
    body: 'When one of you reaches out and the other pulls back, neither of you is the problem. It is a pattern, and patterns can change.',
    howTitle: 'What you do here, together',
    how: {
      loop: {
        title: 'See the loop',
        line: 'Each of you draws your side of it. Then you face the loop together, not each other.',
      },
      pause: {
        title: 'Pause it, and stay close',
        line: 'A short break with a time to come back, counting down on both phones.',
      },
      repair: {
        title: 'Come back and repair',
        line: 'You each write what it was like, read it together, and choose one small step.',
      },
    },
    ownPhone: 'You each use your own account on your own phone. What you write for yourself stays yours unless you choose to share it.',
    signUp: 'Create an account',
    logIn: 'I already have an account',
    therapist: 'I’m a couples therapist',
  },
  signUp: {
    title: 'Create your account',
    intro: 'It takes a minute. You can invite your partner right after.',
    submit: 'Create account',
    haveAccount: 'Already have an account?',
    logInInstead: 'Log in',
  },
  logIn: {
    title: 'Welcome back',
    intro: 'Good to see you.',
    submit: 'Log in',
    noAccount: 'New to Offbeat?',
    signUpInstead: 'Create an account',
  },
  fields: {
    displayName: 'What should we call you?',
    displayNameHint: 'Your partner will see this name.',
    email: 'Email',
    password: 'Password',
    newPasswordHint: 'At least 10 characters. A short sentence is easy to remember.',
    currentPassword: 'Current password',
    newPassword: 'New password',
  },
  validation: {
    displayName: 'Please tell us a name to show, even just a first name.',
    email: 'Please enter your email address, like name@example.com.',
    passwordShort: 'Please use at least 10 characters.',
    passwordMissing: 'Please enter your password.',
  },
  authChoice: {
    legend: 'Do you have an Offbeat account?',
    new: 'I’m new here',
    existing: 'I have an account',
    signUpAndJoin: 'Create account and join',
    logInAndJoin: 'Log in and join',
  },
  settings: {
    title: 'Settings',
    intro: 'Your account, your devices, and your place in the shared space.',
    name: {
      title: 'Your name',
      save: 'Save name',
      saved: 'Saved. Your partner will see the new name.',
    },
    password: {
      title: 'Password',
      note: 'Changing your password logs you out on your other devices. This one stays logged in.',
      save: 'Change password',
      saved: 'Your password is changed, and your other devices are logged out.',
    },
    sessions: {
      title: 'Where you’re logged in',
      intro: 'If you see a device you don’t recognise, log it out. Only you can see this list.',
      thisDevice: 'This device',
      signedIn: (when: string) => `Logged in ${when}`,
      lastActive: (when: string) => `Last active ${when}`,
      logOut: 'Log out',
      logOutNamed: (device: string) => `Log out ${device}`,
      logOutOthers: 'Log out everywhere else',
      logOutEverywhere: 'Log out everywhere, including here',
      noOthers: 'You are only logged in here.',
      endedOthers: (n: number) => (n === 1 ? 'Logged out on 1 other device.' : `Logged out on ${n} other devices.`),
      confirmAllTitle: 'Log out everywhere?',
      confirmAllBody: 'Every device, including this one, will need your password again.',
      confirmAll: 'Log out everywhere',
      loadFailed: 'We could not load your devices just now.',
    },
    logOut: {
      title: 'Log out',
      body: 'Log out on this device. Nothing is lost; log in again whenever you like.',
      button: 'Log out',
    },
    ownWords: {
      title: 'Keep your own words',
      body: [
        'Everything you wrote here is yours: your journal, your side of the loop, your repair answers, your notes, voice notes and photos. You can save a copy at any time — before leaving a space or deleting your account, or just to keep.',
        'The copy holds only your own words, never your partner’s private ones. It is saved on this device, so keep it somewhere only you can open.',
      ],
      html: 'Download my words (a page to read)',
      json: 'Download as data (JSON)',
      beforeDelete: 'You may want to save your own words first:',
    },
    deleteAccount: {
      title: 'Delete your account',
      body: 'This deletes your account and everything you wrote, your voice notes and photos included. A shared space you are in ends for both of you; your partner keeps only their own words. This cannot be undone.',
      passwordLabel: 'Your password, to confirm',
      button: 'Delete my account…',
      confirmTitle: 'Delete your account for good?',
      confirmBody: 'Your account and your own notes will be gone, and you will be logged out everywhere. Whatever is happening, it is okay to take care of yourself.',
      confirm: 'Delete my account',
      keep: 'Keep my account',
      done: 'Your account has been deleted. Take good care.',
    },
  },
  appLock: {
    settings: {
      title: 'Lock on shared devices',
      intro:
        'If others use this phone or computer, Offbeat can ask for a PIN when you come back after a while away, and log you out after longer. It is your choice, and only you see it.',
      off: 'The lock is off.',
      on: (lockAfter: string, signOut: string | null) =>
        signOut ? `On: asks for your PIN after ${lockAfter} away, and logs out after ${signOut} away.` : `On: asks for your PIN after ${lockAfter} away.`,
      pin: 'PIN',
      pinHint: '4 to 8 digits. Pick one others would not guess.',
      newPin: 'New PIN',
      lockAfter: 'Ask for the PIN after',
      signOutAfter: 'Log out after',
      never: 'Never',
      password: 'Your password, to confirm',
      turnOn: 'Turn on the lock',
      change: 'Save lock settings',
      saved: 'Saved. The lock is on for every device you use Offbeat on.',
      turnOffTitle: 'Turn the lock off',
      turnOffHint: 'Your PIN or your password.',
      turnOffField: 'PIN or password',
      turnOff: 'Turn off the lock',
      turnedOff: 'The lock is off.',
      limits:
        'A lock keeps Offbeat private when someone picks up a device you left. It cannot hide that the app is installed, and it cannot help on a device someone else controls.',
    },
    screen: {
      title: 'Offbeat is resting',
      body: 'You were away for a while. Enter your PIN to open it again.',
      pin: 'Your PIN',
      pad: 'Number pad',
      digit: (d: string) => `Digit ${d}`,
      erase: 'Erase a digit',
      open: 'Open',
      forgot: 'Forgot your PIN? You can log out here and log in again with your password.',
      logOut: 'Log out on this device',
    },
    duration: (minutes: number) =>
      minutes % 1440 === 0
        ? minutes === 1440 ? '1 day' : `${minutes / 1440} days`
        : minutes % 60 === 0
          ? minutes === 60 ? '1 hour' : `${minutes / 60} hours`
          : minutes === 1 ? '1 minute' : `${minutes} minutes`,
    validation: {
      pin: 'Please use 4 to 8 digits.',
      password: 'Please enter your password.',
      pinOrPassword: 'Please enter your PIN or your password.',
    },
  },
  device: {
    unknown: 'An unknown device',
    on: (browser: string, os: string) => `${browser} on ${os}`,
  },
  justNow: 'just now',
  cancel: 'Cancel',
  loading: 'Loading…',
} as const;
