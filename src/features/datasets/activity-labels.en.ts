export default {
  'dataset:created': 'created the dataset',
  'dataset:updated': 'updated the dataset',
  'dataset:deleted': 'deleted the dataset',
  'dataset:resource:added': 'added a file',
  'dataset:resource:updated': 'updated a file',
  'dataset:resource:deleted': 'deleted a file',
  'dataset:discussed': 'started a discussion',
  'dataset:followed': 'follows the dataset',
}
