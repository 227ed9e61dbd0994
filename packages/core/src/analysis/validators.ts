// Check-digit validators for PII detection: Luhn (cards), DNI/NIE check letter, IBAN mod-97.

export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Plausible payment card: 13-19 digits, issuer prefix 2-6, Luhn-valid, not all one digit. */
export function isPlausibleCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && !/^(\d)\1+$/.test(digits) && isLuhnValid(digits);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI: 8 digits + check letter. */
export function isValidDni(digits: string, letter: string): boolean {
  if (!/^\d{8}$/.test(digits)) return false;
  return DNI_LETTERS[Number(digits) % 23] === letter.toUpperCase();
}

/** Spanish NIE: X/Y/Z + 7 digits + check letter. */
export function isValidNie(prefix: string, digits: string, letter: string): boolean {
  const p = 'XYZ'.indexOf(prefix.toUpperCase());
  if (p < 0 || !/^\d{7}$/.test(digits)) return false;
  return DNI_LETTERS[Number(`${p}${digits}`) % 23] === letter.toUpperCase();
}

/** IBAN (any country), compact form without spaces, ISO 13616 mod-97 == 1. */
export function isValidIban(iban: string): boolean {
  const s = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const chunk = code >= 65 ? String(code - 55) : ch;
    for (const c of chunk) rem = (rem * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}
