import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export const PASSWORD_MIN_LENGTH = 12;

@InputType()
export class LoginInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

@InputType()
export class RefreshTokenInput {
  @Field({
    nullable: true,
    description: 'The refresh token; leave out when the web app’s session cookie carries it',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  newPassword: string;
}
