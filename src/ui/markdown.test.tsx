import { render, screen } from '@testing-library/react'
import { Markdown } from './markdown'

describe('Markdown', () => {
  it('renders markdown and keeps hostile HTML inert', () => {
    const { container } = render(
      <Markdown
        source={
          '**gras** <script>alert(1)</script><iframe src=x></iframe><img src=x onerror="alert(1)"> [lien](javascript:alert(1)) [ok](https://example.org)'
        }
      />,
    )
    expect(screen.getByText('gras').tagName).toBe('STRONG')
    // What must be absent has no role to query by: read the rendered HTML itself.
    expect(container.innerHTML).not.toMatch(/<script|onerror|<iframe/i)
    expect(screen.queryByRole('link', { name: 'lien' })?.getAttribute('href') ?? '').not.toMatch(
      /^javascript:/,
    )
    expect(screen.getByRole('link', { name: 'ok' })).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('moves headings two levels down so the page keeps a single h1', () => {
    render(<Markdown source={'# Titre\n\n## Partie\n\n<h1>Brut</h1>'} />)
    expect(screen.getByRole('heading', { name: 'Titre' }).tagName).toBe('H3')
    expect(screen.getByRole('heading', { name: 'Partie' }).tagName).toBe('H4')
    expect(screen.getByRole('heading', { name: 'Brut' }).tagName).toBe('H3')
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
  })
})
