import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { $api, fetchClient } from '../../../shared/api/client';
import type { Notice, NoticeListQuery } from '../vocabulary';
import { multipartBody } from '../../../shared/api/multipartBody';

/** One page of notices, by due date; filtered by state and graduate on the server. */
export function useNotices(query: NoticeListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/notices',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** Every notice of one graduate (a handful at most), by due date. */
export function useGraduateNotices(graduateId: string, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/notices',
    { params: { query: { graduateId, pageSize: 100 } } },
    { enabled },
  );
}

/**
 * Every notice change answers the whole notice: keep it and reload the lists (states,
 * counts, the graduate's notices); after a refusal (a stale version) reload them too, so
 * the next try starts from the current version.
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['get', '/api/notices'] }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/notices/{id}'] }),
      // A scan is kept among the personal file's documents too.
      queryClient.invalidateQueries({ queryKey: ['get', '/api/graduates/{graduateId}/files'] }),
    ]);
  return { onSuccess: (_notice: Notice) => reload(), onError: () => reload() };
}

export const useCreateNotice = () => $api.useMutation('post', '/api/notices', useAfterChange());
export const useUpdateNotice = () =>
  $api.useMutation('patch', '/api/notices/{id}', useAfterChange());
export const useSendNotice = () =>
  $api.useMutation('post', '/api/notices/{id}/send', useAfterChange());
export const useAnswerNotice = () =>
  $api.useMutation('post', '/api/notices/{id}/answer', useAfterChange());
export const useCancelNotice = () =>
  $api.useMutation('post', '/api/notices/{id}/cancel', useAfterChange());

export interface NoticeScanUpload {
  noticeId: string;
  version: number;
  kind: 'letter' | 'answer';
  file: File;
}

/** Sends the scan as multipart/form-data (the browser sets the boundary). */
/** Attaches the scan of the letter sent or of the answer received. */
export function useUploadNoticeScan() {
  const afterChange = useAfterChange();
  return useMutation<Notice, unknown, NoticeScanUpload>({
    mutationFn: async ({ noticeId, version, kind, file }) => {
      const { data, error } = await fetchClient.POST('/api/notices/{id}/scans', {
        params: { path: { id: noticeId } },
        // The generated type names binary content a string; the serializer sends the File.
        body: { file: file as unknown as string, kind, version },
        bodySerializer: multipartBody,
      });
      if (error) throw error;
      return data;
    },
    ...afterChange,
  });
}
