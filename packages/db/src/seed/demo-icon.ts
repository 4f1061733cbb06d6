/**
 * The demo connectors' icon: a 64 × 64 PNG, a white ring and dot on transparency, drawn for the hub (no third-party
 * artwork), so the catalog shows icons on brand colours as the platform does.
 */
export const DEMO_ICON_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA5UlEQVR42u3bQQ7DIAxEUe5/afcKUeoZj8O3xDbASysMOKeqzs3tAAAAAAAAAAAArvY0PgXwb6wEUMUKAHXEArgjCmAqIgC6B21FSF/W5AjqyTv/YlaAqbW7vd9Nk5f03z2AhJRaChCRv3eOZevk28YEQENn03t6C0D323c8qxwAKZndCgBlji8F6Bikerf3+hmpb9/2K3AAuPb8AAAAAAAAsAwaAa5JhK5PhdkMsR3mQIQjMQA4FudihKsxLke5HqdAghIZiqSCECiUTAW4vlSWYunJZS0dgC9GAAAAAAAAACCn/QAsc68ewFFKzgAAAABJRU5ErkJggg==",
  "base64",
);
