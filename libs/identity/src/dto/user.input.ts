import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs, Locale, SystemRole } from '@banso/core';
import { PASSWORD_MIN_LENGTH } from './auth.input';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => String, {
    nullable: true,
    description: `Initial password, at least ${PASSWORD_MIN_LENGTH} characters. Leave out to let the person set it through a one-time link (issuePasswordSetupLink)`,
  })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  password?: string | null;

  @Field(() => Locale, { nullable: true, defaultValue: Locale.JA })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;

  @Field(() => SystemRole, { nullable: true, defaultValue: SystemRole.USER })
  @IsOptional()
  @IsEnum(SystemRole)
  systemRole?: SystemRole;
}

@InputType({ description: 'Fields left out stay as they are. Users may change their own name and locale.' })
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;

  @Field(() => ID, { nullable: true, description: 'Admins only' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => SystemRole, { nullable: true, description: 'Admins only' })
  @IsOptional()
  @IsEnum(SystemRole)
  systemRole?: SystemRole;
}

@InputType()
export class DisableUserInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The organisation whose accounts are listed' })
  @IsUUID()
  organizationId: string;
}
