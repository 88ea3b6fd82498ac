/**
 * Hook for sunlight (issue 7): while the real Sun lights the globe, its
 * direction (unit vector, Moon-fixed scene frame of renderer/geo/frame.ts)
 * is written here, and the name labels dim on the night side and name the
 * terminator region first. Plain mutable object: read every frame, never
 * allocated. Off until the sunlight code sets `on`; `version` counts
 * changes, so the labels know to publish their new layout.
 */
export const labelSun = { on: false, x: 1, y: 0, z: 0, version: 0 };
