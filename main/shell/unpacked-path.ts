// Inside a packaged app the build lies in resources/app.asar, which only Electron's own fs reads.
// Whatever the system opens by path (GTK the About panel's icon, libnotify and Windows toasts a
// notification's picture) must be the copy electron-builder's `asarUnpack` writes beside it, in
// app.asar.unpacked (electron/electron#23850, electron-userland/electron-builder#5022).

/** The same path in app.asar.unpacked when it lies inside app.asar; any other path as it is. */
export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
}
