/** Password limits of the api (ChangePasswordInput, SetPasswordWithTokenInput). */
export const PASSWORD_LIMITS = { min: 12, max: 200 } as const;
