import { messagesFor } from '@/i18n/messages'
import { activityLabel, activityLabels } from './activity-labels'

describe('activityLabel', () => {
  const fr = messagesFor(activityLabels, 'fr')
  const en = messagesFor(activityLabels, 'en')

  it('says a known activity key in the user’s language', () => {
    expect(activityLabel(fr, 'dataset:resource:added')).toBe('a ajouté un fichier')
    expect(activityLabel(en, 'dataset:created')).toBe('created the dataset')
  })

  it('has nothing for a key it does not know, nor for an object’s inherited names', () => {
    expect(activityLabel(fr, 'topic:created')).toBeUndefined()
    expect(activityLabel(fr, 'constructor')).toBeUndefined()
    expect(activityLabel(fr, 'toString')).toBeUndefined()
  })
})
