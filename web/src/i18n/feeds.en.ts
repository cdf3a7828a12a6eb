/** English words of the calendar feed panel; feeds.es.ts has exactly these keys. */
export const feedsEn = {
  title: 'Your hearings in your calendar',
  intro:
    'Add your hearings to the calendar on your phone or computer. When a hearing is moved or cancelled, your calendar changes too, usually within a few hours.',
  privacy:
    'Your calendar shows the kind of hearing, when and where it is, and the case number. It never shows the name of a child or a parent.',
  addressLabel: 'Your private calendar address',
  addressHint: 'Anyone who has this address can see your hearings. Do not share it or post it anywhere.',
  copy: 'Copy address',
  copied: 'Address copied. Now paste it in your calendar app.',
  copyFailed: 'The address could not be copied. Select it and copy it yourself.',
  openInApp: 'Open in my calendar app',
  howTitle: 'How to add it',
  how: [
    {
      where: 'In Google Calendar',
      steps:
        'On a computer, open Google Calendar. Next to “Other calendars”, select the plus sign (+), then “From URL”. Paste the address and select “Add calendar”.',
    },
    {
      where: 'In Outlook',
      steps:
        'In Outlook on the web, select “Add calendar”, then “Subscribe from web”. Paste the address, give the calendar a name and select “Import”.',
    },
    {
      where: 'On an Apple device',
      steps:
        'On a Mac, open Calendar and choose File, then “New Calendar Subscription”. Paste the address and select “Subscribe”. On an iPhone or iPad, go to Settings, Calendar, Accounts, Add Account, Other, then “Add Subscribed Calendar”.',
    },
  ],
  newTitle: 'If the address was shared by mistake',
  newText:
    'Make a new address. The old one stops working at once, so you will need to add the new one to your calendar.',
  makeNew: 'Make a new address',
  confirmTitle: 'Make a new address?',
  confirmText:
    'The calendars that use your current address will stop getting your hearings. You will need to add the new address to them.',
  confirmYes: 'Yes, make a new address',
  confirmNo: 'No, keep the current address',
  making: 'Making a new address…',
  madeNew: 'Your new address is ready. Add it to your calendar again. The old address no longer works.',
};
