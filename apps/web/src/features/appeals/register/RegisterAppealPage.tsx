import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Card, Flex, Form, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { asProblem } from '../../../shared/api/problem';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { nowIn, useInstitutionZone } from '../../monitoring/time';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { useCreateAppeal } from '../appeal/useCreateAppeal';
import { toDay } from '../common/dates';
import { REGISTER_APPEAL_PATH } from '../paths';
import { serviceBody, serviceDefaults, type ServiceValues } from '../services/serviceValues';
import { useCreateService } from '../services/useCreateService';
import { AppealFields } from './AppealFields';
import { appealBody, appealDefaults, type AppealValues } from './appealValues';
import { ChosenGraduate } from './ChosenGraduate';
import { GraduateStep } from './GraduateStep';
import { HelpStep } from './HelpStep';
import { RegistrationProblem } from './RegistrationProblem';
import { RegistrationSummary, type Registration } from './RegistrationSummary';

type Step = 0 | 1 | 2;

const GRADUATE_STEP = 0;
const APPEAL_STEP = 1;
const HELP_STEP = 2;

/** Fields of the appeal step the API may name in a validation error. */
const APPEAL_FIELDS = [
  'channel',
  'registeredAt',
  'problemIds',
  'description',
  'assignedSpecialistId',
];

/** Every visit to the address starts a fresh wizard (e.g. the header's button pressed mid-way). */
export function RegisterAppealPage() {
  return <RegisterAppealWizard key={useLocation().key} />;
}

/**
 * «Зарегистрировать обращение» (Intake): the person, the appeal, optionally the help given at
 * once. The appeal is created first, then the help; if only the help fails, the appeal stays
 * registered and the help can be corrected or left out.
 */
function RegisterAppealWizard() {
  const { t } = useTranslation('appeals');
  const me = useCurrentUser().data;
  const navigate = useNavigate();
  const preset = useSearchParams()[0].get('graduateId') ?? undefined;
  const [graduateId, setGraduateId] = useState<string | undefined>(preset);
  const [step, setStep] = useState<Step>(preset ? APPEAL_STEP : GRADUATE_STEP);
  const [recording, setRecording] = useState(false);
  const [registered, setRegistered] = useState<Schemas['AppealDto'] | null>(null);
  const [done, setDone] = useState<Registration | null>(null);
  const [appealForm] = Form.useForm<AppealValues>();
  const [serviceForm] = Form.useForm<ServiceValues>();
  const registeredAt = Form.useWatch('registeredAt', appealForm);
  const createAppeal = useCreateAppeal();
  const createService = useCreateService();
  const zone = useInstitutionZone();
  const today = useInstitutionToday();
  const appealDay = toDay(registeredAt ?? nowIn(zone));

  const choose = (id: string) => {
    createAppeal.reset();
    setGraduateId(id);
    setStep(APPEAL_STEP);
  };

  const toHelpStep = async () => {
    try {
      await appealForm.validateFields();
    } catch {
      return;
    }
    // The help is given on the appeal's day unless said otherwise.
    if (registeredAt && !serviceForm.isFieldTouched('providedOn')) {
      serviceForm.setFieldValue('providedOn', registeredAt);
    }
    setStep(HELP_STEP);
  };

  const finish = async (withHelp: boolean) => {
    if (!graduateId) return;
    let help: ServiceValues | undefined;
    try {
      if (!registered) await appealForm.validateFields();
    } catch {
      setStep(APPEAL_STEP);
      return;
    }
    if (withHelp) {
      try {
        await serviceForm.validateFields();
      } catch {
        return;
      }
      help = serviceForm.getFieldsValue(true);
    }

    let appeal = registered;
    if (!appeal) {
      try {
        appeal = await createAppeal.mutateAsync({
          body: appealBody(graduateId, appealForm.getFieldsValue(true), zone),
        });
      } catch (error) {
        const named = Object.keys(asProblem(error)?.errors ?? {});
        if (named.some((field) => APPEAL_FIELDS.includes(field))) {
          applyFieldErrors(appealForm, error);
          setStep(APPEAL_STEP);
        }
        return;
      }
      setRegistered(appeal);
    }

    let service: Schemas['AidServiceDto'] | null = null;
    if (help) {
      try {
        service = await createService.mutateAsync({
          body: serviceBody(graduateId, { ...help, appealId: appeal.id }),
        });
      } catch (error) {
        applyFieldErrors(serviceForm, error);
        return;
      }
    }
    setDone({ appeal, service });
  };

  if (done)
    return (
      <RegistrationSummary
        registration={done}
        onStartAgain={() => void navigate(REGISTER_APPEAL_PATH)}
      />
    );

  const submitting = createAppeal.isPending || createService.isPending;
  const pane = (index: Step) => ({ display: step === index ? undefined : 'none' });

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('register.title')}
      </Typography.Title>
      <Card>
        <Flex vertical gap={24}>
          <Steps
            current={step}
            items={[
              { title: t('register.steps.graduate') },
              { title: t('register.steps.appeal') },
              { title: t('register.steps.help'), subTitle: t('register.steps.optional') },
            ]}
          />
          {createAppeal.error && <RegistrationProblem error={createAppeal.error} />}
          {graduateId && step !== GRADUATE_STEP && (
            <ChosenGraduate
              id={graduateId}
              on={appealDay}
              onChange={registered ? undefined : () => setStep(GRADUATE_STEP)}
            />
          )}

          <div style={pane(GRADUATE_STEP)}>
            <GraduateStep chosenId={graduateId} onChoose={choose} />
          </div>

          <Form<AppealValues>
            form={appealForm}
            name="appeal"
            layout="vertical"
            initialValues={appealDefaults(zone, me)}
            style={pane(APPEAL_STEP)}
            data-testid="appeal-form"
          >
            <AppealFields />
          </Form>

          <Form<ServiceValues>
            form={serviceForm}
            name="help"
            layout="vertical"
            initialValues={serviceDefaults(today, me?.id)}
            style={pane(HELP_STEP)}
            data-testid="help-form"
          >
            <HelpStep
              recording={recording}
              onRecordingChange={setRecording}
              appealDay={registeredAt}
            />
          </Form>

          {registered && <Alert type="info" showIcon title={t('register.alreadyRegistered')} />}
          {createService.error && <RegistrationProblem error={createService.error} />}

          <Flex justify="space-between" gap={8} wrap>
            <div>
              {step !== GRADUATE_STEP && !registered && (
                <Button onClick={() => setStep((step - 1) as Step)} disabled={submitting}>
                  {t('register.back')}
                </Button>
              )}
            </div>
            <Flex gap={8} wrap>
              {step === GRADUATE_STEP && (
                <Button type="primary" disabled={!graduateId} onClick={() => setStep(APPEAL_STEP)}>
                  {t('register.next')}
                </Button>
              )}
              {step === APPEAL_STEP && (
                <Button type="primary" onClick={() => void toHelpStep()}>
                  {t('register.next')}
                </Button>
              )}
              {step === HELP_STEP && registered && (
                <Button onClick={() => void finish(false)} disabled={submitting}>
                  {t('register.finishWithoutHelp')}
                </Button>
              )}
              {step === HELP_STEP && (!registered || recording) && (
                <Button
                  type="primary"
                  loading={submitting}
                  onClick={() => void finish(recording)}
                  data-testid="register-submit"
                >
                  {registered ? t('register.submitHelp') : t('register.submit')}
                </Button>
              )}
            </Flex>
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}
