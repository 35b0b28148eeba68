/**
 * What a stored photo may be, on the device and on the server alike. A device shrinks every photo
 * before storing it (longest side `PHOTO_LONG_SIDE`, WebP or JPEG, no metadata); the server takes
 * nothing else, so a file that did not go through the app's shrinking is refused there too.
 */

/** The types a stored photo or thumbnail is in. */
export const PHOTO_TYPES = ['image/webp', 'image/jpeg'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Longest side of a stored photo, in pixels. */
export const PHOTO_LONG_SIDE = 1600;
/** Longest side of a thumbnail. */
export const THUMB_LONG_SIDE = 320;
/** A stored photo's largest side the server takes (the app's 1,600 px and a margin for other builds). */
export const STORED_MAX_SIDE = 2048;
/** Largest stored photo, in bytes: a 1,600 px WebP of a busy flipchart is 150–400 KB. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
/** Largest thumbnail, in bytes. */
export const THUMB_MAX_BYTES = 128 * 1024;

/**
 * What a device agrees to decode: a camera's 12–50 MP images, never a decompression bomb. Decoding
 * takes four bytes a pixel, so 64 MP is 256 MB of memory at worst on a phone.
 */
export const INPUT_MAX_SIDE = 12_000;
export const INPUT_MAX_PIXELS = 64_000_000;
/** Largest file a device reads from the camera or the gallery. */
export const INPUT_MAX_BYTES = 40 * 1024 * 1024;

/** A content address: the SHA-256 of the file's bytes, in lower-case hex. */
export const PHOTO_HASH = /^[0-9a-f]{64}$/;
