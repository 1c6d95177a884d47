import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@InputType({ description: 'A client company of your own organisation' })
export class CreateClientCompanyInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ description: 'Industry (業種)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  industry: string;

  @Field(() => Int, { nullable: true, description: 'Number of employees (従業員数)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  employeeCount?: number;

  @Field({ description: 'Prefecture (都道府県), e.g. 大阪府' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  prefecture: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}
