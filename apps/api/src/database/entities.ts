import { RefreshToken } from '../auth/sessions/refresh-token.entity';
import { Institution } from '../institutions/institution.entity';
import { User } from '../users/user.entity';

/** Every entity of the schema; migrations are generated against this list. */
export const ENTITIES = [Institution, User, RefreshToken];
