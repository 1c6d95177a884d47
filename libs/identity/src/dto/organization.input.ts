import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OrganizationKind, OrganizationSector } from '../identity.enums';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => OrganizationSector)
  @IsEnum(OrganizationSector)
  sector: OrganizationSector;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  prefecture?: string | null;
}

@InputType({ description: 'Fields left out stay as they are' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => OrganizationSector, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationSector)
  sector?: OrganizationSector;

  @Field(() => String, { nullable: true, description: 'Prefecture (都道府県); an empty string clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  prefecture?: string | null;
}
