// Installs one Storybook channel before any addon module loads. Without it, every
// addons.getChannel() call returns a fresh mock channel: storybook-addon-pseudo-states would listen
// on one (it takes the channel when its module loads) while a test emits STORY_RENDERED on another,
// and no stylesheet would ever be rewritten for forced :hover, :focus-visible or :active.
// Import this module first, before storybook-addon-pseudo-states/preview.
import { addons, mockChannel } from 'storybook/preview-api';

if (!addons.hasChannel()) addons.setChannel(mockChannel());
