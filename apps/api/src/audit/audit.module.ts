import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit-entry.entity';
import { AuditController } from './audit.controller';
import { AuditViewerService } from './audit-viewer.service';
import { AuditService } from './audit.service';

/** Global: every feature that touches personal files records reads and changes here. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [AuditController],
  providers: [AuditService, AuditViewerService],
  exports: [AuditService],
})
export class AuditModule {}
