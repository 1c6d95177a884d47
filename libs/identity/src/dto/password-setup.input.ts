import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from './auth.input';

@InputType()
export class IssuePasswordSetupLinkInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;
}

@InputType()
export class SetPasswordWithTokenInput {
  @Field({ description: 'The token of the one-time link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  token: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  newPassword: string;
}
