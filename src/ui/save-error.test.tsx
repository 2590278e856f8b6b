import { render, renderHook, screen } from '@testing-library/react'
import { act } from 'react'
import { useForm } from 'react-hook-form'
import { ApiError, NetworkError } from '@/api/client'
import { SaveErrorAlert } from './save-error'
import { useShowSaveError } from './use-show-save-error'

type Values = { title: string }

function useSaveForm() {
  const form = useForm<Values>({ defaultValues: { title: '' } })
  const show = useShowSaveError(form.setError, ['title'])
  // Read while rendering: react-hook-form only tracks the state a render subscribed to.
  const rootError = form.formState.errors.root?.server
  return { form, show, rootError }
}

describe('a failed save', () => {
  it('puts a 400’s field errors on their fields', () => {
    const { result } = renderHook(() => useSaveForm())
    let onFields = false
    act(() => {
      onFields = result.current.show(new ApiError(400, { errors: { title: ['Too short'] } }))
    })
    expect(onFields).toBe(true)
    expect(result.current.form.getFieldState('title').error?.message).toBe('Too short')
  })

  it('shows any other failure above the form, with the form’s title and note', () => {
    const { result } = renderHook(() => useSaveForm())
    let onFields = true
    act(() => {
      onFields = result.current.show(new ApiError(500, '<html>boom</html>'))
    })
    expect(onFields).toBe(false)
    const error = result.current.rootError
    expect(error?.message).toMatch(/500/)
    render(
      <SaveErrorAlert
        error={error}
        refusedTitle="Refused"
        failedTitle="Not saved"
        failedNote="Your edits are kept."
      />,
    )
    expect(screen.getByText('Not saved')).toBeInTheDocument()
    expect(screen.getByText(/500.*Your edits are kept\.$/)).toBeInTheDocument()
  })

  it('shows a network failure in a small alert where the form has no titles', () => {
    const { result } = renderHook(() => useSaveForm())
    act(() => {
      result.current.show(new NetworkError('offline'))
    })
    const error = result.current.rootError
    render(<SaveErrorAlert error={error} />)
    expect(screen.getByText(error?.message ?? 'missing')).toBeInTheDocument()
  })
})
