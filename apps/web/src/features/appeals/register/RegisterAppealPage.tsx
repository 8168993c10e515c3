import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Card, Flex, Form, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { asProblem } from '../../../shared/api/problem';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { nowIn, useInstitutionZone } from '../../monitoring/time';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { useCreateAppeal, useRegisterAppealWithHelp } from '../appeal/useCreateAppeal';
import { useFormDraft } from '../../../shared/ui/useFormDraft';
import { useUnsavedChangesGuard } from '../../../shared/ui/useUnsavedChangesGuard';
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
import { PageTitle } from '../../../shared/ui/PageTitle';

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

/** The first thing to type into or press in a step: where keyboard focus goes on opening it. */
const FIRST_FIELD =
  'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), [role=switch], button:not([disabled])';

/**
 * «Зарегистрировать обращение» (Intake): the person, the appeal, optionally the help given at
 * once. With the help, the appeal is registered resolved together with it in one request;
 * without, the appeal alone. (An appeal registered earlier in the wizard — if the help was
 * added afterwards — keeps its status and the help is recorded for it.)
 */
function RegisterAppealWizard() {
  const { t } = useTranslation('appeals');
  const me = useCurrentUser().data;
  const navigate = useNavigate();
  const preset = useSearchParams()[0].get('graduateId') ?? undefined;
  const [appealForm] = Form.useForm<AppealValues>();
  const [serviceForm] = Form.useForm<ServiceValues>();
  // The draft keeps the person chosen (as a field of the appeal form) and both steps' fields;
  // the moment of the appeal is always «now» again.
  const appealDraft = useFormDraft('appeal-wizard.appeal', appealForm, {
    omit: ['registeredAt'],
    enabled: !preset,
  });
  const helpDraft = useFormDraft('appeal-wizard.help', serviceForm, {
    dateFields: ['providedOn'],
    enabled: !preset,
  });
  const drafted = appealDraft.values?.graduateId as string | undefined;
  const [graduateId, setGraduateId] = useState<string | undefined>(preset ?? drafted);
  const [step, setStep] = useState<Step>(preset || drafted ? APPEAL_STEP : GRADUATE_STEP);
  const [recording, setRecording] = useState(false);
  const [registered, setRegistered] = useState<Schemas['AppealDto'] | null>(null);
  const [done, setDone] = useState<Registration | null>(null);
  const registeredAt = Form.useWatch('registeredAt', appealForm);
  const createAppeal = useCreateAppeal();
  const registerWithHelp = useRegisterAppealWithHelp();
  const createService = useCreateService();
  const [dirty, setDirty] = useState(drafted !== undefined);
  const { guard, allowLeaving } = useUnsavedChangesGuard(dirty && !done);
  const edited = () => {
    setDirty(true);
    appealForm.setFieldValue('graduateId', graduateId);
    appealDraft.save();
    helpDraft.save();
  };
  // Keyboard and screen-reader users land on the new step's first field, not at the page top.
  const panes = useRef<Record<Step, HTMLDivElement | null>>({ 0: null, 1: null, 2: null });
  const opened = useRef(false);
  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    panes.current[step]?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
  }, [step]);
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

    if (!registered && help) {
      try {
        const both = await registerWithHelp.mutateAsync({
          body: {
            ...withoutStatus(appealBody(graduateId, appealForm.getFieldsValue(true), zone)),
            help: helpBody(serviceBody(graduateId, help)),
          },
        });
        finished();
        setDone({ appeal: both.appeal, service: both.service });
      } catch (error) {
        const named = Object.keys(asProblem(error)?.errors ?? {});
        if (named.some((field) => APPEAL_FIELDS.includes(field))) {
          applyFieldErrors(appealForm, error);
          setStep(APPEAL_STEP);
        } else
          serviceForm.setFields(
            Object.entries(asProblem(error)?.errors ?? {}).map(([name, errors]) => ({
              name: name.replace(/^help\./, '') as keyof ServiceValues,
              errors,
            })),
          );
      }
      return;
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
    finished();
    setDone({ appeal, service });
  };

  /** Saved: nothing left to lose, so the draft goes and leaving needs no question. */
  const finished = () => {
    appealDraft.clear();
    helpDraft.clear();
    allowLeaving();
  };

  if (done)
    return (
      <RegistrationSummary
        registration={done}
        onStartAgain={() => void navigate(REGISTER_APPEAL_PATH)}
      />
    );

  const submitting =
    createAppeal.isPending || createService.isPending || registerWithHelp.isPending;
  const pane = (index: Step) => ({ display: step === index ? undefined : 'none' });

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <PageTitle style={{ margin: 0 }}>{t('register.title')}</PageTitle>
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
          {guard}
          {appealDraft.notice}
          {createAppeal.error && <RegistrationProblem error={createAppeal.error} />}
          {registerWithHelp.error && <RegistrationProblem error={registerWithHelp.error} />}
          {graduateId && step !== GRADUATE_STEP && (
            <ChosenGraduate
              id={graduateId}
              on={appealDay}
              onChange={registered ? undefined : () => setStep(GRADUATE_STEP)}
            />
          )}

          <div
            style={pane(GRADUATE_STEP)}
            ref={(node) => void (panes.current[GRADUATE_STEP] = node)}
          >
            <GraduateStep chosenId={graduateId} onChoose={choose} />
          </div>

          <div ref={(node) => void (panes.current[APPEAL_STEP] = node)}>
            <Form<AppealValues>
              form={appealForm}
              name="appeal"
              layout="vertical"
              initialValues={appealDefaults(zone, me)}
              style={pane(APPEAL_STEP)}
              onValuesChange={edited}
              data-testid="appeal-form"
            >
              <AppealFields />
            </Form>
          </div>

          <div ref={(node) => void (panes.current[HELP_STEP] = node)}>
            <Form<ServiceValues>
              form={serviceForm}
              name="help"
              layout="vertical"
              initialValues={serviceDefaults(today, me?.id)}
              style={pane(HELP_STEP)}
              onValuesChange={edited}
              data-testid="help-form"
            >
              <HelpStep
                recording={recording}
                onRecordingChange={setRecording}
                appealDay={registeredAt}
              />
            </Form>
          </div>

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

/** The appeal's fields for a registration with help: its status comes from the help. */
function withoutStatus({ status: _status, ...appeal }: Schemas['CreateAppealDto']) {
  return appeal;
}

/** The help given at once: its result is required (it becomes the appeal's outcome). */
function helpBody({
  graduateId: _graduateId,
  appealId: _appealId,
  result,
  ...help
}: Schemas['CreateAidServiceDto']): Schemas['HelpGivenNowDto'] {
  return { ...help, result: result ?? '' };
}
