import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { Errors } from '../errors/domain.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates an `ID` argument and names it in the error (`id must be a valid id`). */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw Errors.badInput(metadata.data ?? 'id', { ja: 'IDの形式が正しくありません', en: 'must be a valid id' });
    }
    return value;
  }
}
