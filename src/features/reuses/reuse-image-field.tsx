import { useMessages } from '@/i18n/messages'
import { ImageUploadField } from '@/ui/image-upload-field'
import { reuseMessages } from './messages'
import { useUploadReuseImage } from './mutations'

/** The reuse's image, uploaded on its own (POST …/image/). */
export function ReuseImageField({ reuseId, image }: { reuseId: string; image: string | null }) {
  const t = useMessages(reuseMessages)
  return (
    <ImageUploadField
      image={image}
      upload={useUploadReuseImage(reuseId)}
      currentAlt={t.imageCurrent}
    />
  )
}
