// Starting a kiosk as staff do on a stand's first start: `/?kiosk`, then the PIN typed twice.

/** The PIN the tests choose. */
export const STAFF_PIN = '2468';

/** Opens `/?kiosk` on a profile with no kiosk yet and chooses `pin`, key by key; waits for the invitation. */
export async function startKiosk(page, baseUrl, pin = STAFF_PIN) {
  await page.goto(`${baseUrl}/?kiosk`);
  await page.getByTestId('kiosk-setup').waitFor();
  await page.getByTestId('kiosk-pin-new').pressSequentially(pin);
  await page.getByTestId('kiosk-pin-again').pressSequentially(pin);
  await page.getByTestId('kiosk-pin-again').press('Enter');
  await page.getByTestId('kiosk-attract').waitFor();
}
