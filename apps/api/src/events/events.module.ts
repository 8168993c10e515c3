import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DictionariesModule } from '../dictionaries/dictionaries.module';
import { GraduatesModule } from '../graduates/graduates.module';
import { AidServicesModule } from '../services/aid-services.module';
import { UsersModule } from '../users/users.module';
import { EventChangesService } from './event-changes.service';
import { EventParticipant } from './event-participant.entity';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { GroupEvent } from './group-event.entity';

/** Group events (001 §3.1.2); each participant present is counted as a group service. */
@Module({
  imports: [
    TypeOrmModule.forFeature([GroupEvent, EventParticipant]),
    GraduatesModule,
    AidServicesModule,
    DictionariesModule,
    UsersModule,
  ],
  controllers: [EventsController],
  providers: [EventsService, EventChangesService],
})
export class EventsModule {}
