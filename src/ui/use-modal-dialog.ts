import { useEffect, type RefObject } from 'react'

/**
 * Shows the native `<dialog>` as a modal while `open` (the page behind is inert, focus stays
 * inside) and closes it otherwise; `onOpen` runs once it is shown, to place the focus.
 */
export function useModalDialog(
  ref: RefObject<HTMLDialogElement | null>,
  open: boolean,
  onOpen?: () => void,
) {
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      // jsdom has no showModal; a plain open dialog keeps component tests meaningful.
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
      onOpen?.()
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
    }
    // onOpen is read when the dialog opens; a new function on each render must not reopen it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, open])
}
