import { resultUnion } from '@banso/core';
import { AuthPayload, PasswordChanged, User, UserDisabled } from './models/user.model';
import {
  CannotDisableSelfError,
  EmailAlreadyUsedError,
  InvalidCredentialsError,
  InvalidPasswordSetupTokenError,
  InvalidRefreshTokenError,
  OrganizationNotFoundError,
} from './identity.errors';

export const LoginResult = resultUnion('LoginResult', [AuthPayload, InvalidCredentialsError]);
export const RefreshTokenResult = resultUnion('RefreshTokenResult', [AuthPayload, InvalidRefreshTokenError]);
export const ChangePasswordResult = resultUnion('ChangePasswordResult', [PasswordChanged, InvalidCredentialsError]);
export const CreateUserResult = resultUnion('CreateUserResult', [
  User,
  EmailAlreadyUsedError,
  OrganizationNotFoundError,
]);
export const UpdateUserResult = resultUnion('UpdateUserResult', [User, OrganizationNotFoundError]);
export const DisableUserResult = resultUnion('DisableUserResult', [UserDisabled, CannotDisableSelfError]);
export const SetPasswordWithTokenResult = resultUnion('SetPasswordWithTokenResult', [
  PasswordChanged,
  InvalidPasswordSetupTokenError,
]);
