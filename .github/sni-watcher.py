#!/usr/bin/env python3
"""A minimal StatusNotifier watcher and host for a headless Linux session (Xvfb has no desktop).

Electron's Linux tray is a StatusNotifierItem: it is shown only where a watcher owns
org.kde.StatusNotifierWatcher on the session bus and a host is registered, as KDE Plasma or the
GNOME AppIndicator extension provide on a desktop. Skytray checks for that name; this stands in
for the desktop in CI, and logs each item that registers, so the log shows the real tray arrived.
Spec: https://www.freedesktop.org/wiki/Specifications/StatusNotifierItem/StatusNotifierWatcher/
"""
import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

NAME = 'org.kde.StatusNotifierWatcher'
PROPERTIES = 'org.freedesktop.DBus.Properties'


class Watcher(dbus.service.Object):
    def __init__(self, bus):
        self.items = []
        self.bus_name = dbus.service.BusName(NAME, bus, do_not_queue=True)
        super().__init__(self.bus_name, '/StatusNotifierWatcher')

    @dbus.service.method(NAME, in_signature='s', sender_keyword='sender')
    def RegisterStatusNotifierItem(self, service, sender=None):
        # Items register a bus name, or (libappindicator, Chromium) an object path on their own name.
        item = f'{sender}{service}' if service.startswith('/') else service
        if item not in self.items:
            self.items.append(item)
            print(f'StatusNotifierItem registered: {item}', flush=True)
            self.StatusNotifierItemRegistered(item)

    @dbus.service.method(NAME, in_signature='s')
    def RegisterStatusNotifierHost(self, service):
        pass

    @dbus.service.signal(NAME, signature='s')
    def StatusNotifierItemRegistered(self, item):
        pass

    @dbus.service.signal(NAME, signature='')
    def StatusNotifierHostRegistered(self):
        pass

    def _properties(self):
        return {
            'RegisteredStatusNotifierItems': dbus.Array(self.items, signature='s'),
            'IsStatusNotifierHostRegistered': dbus.Boolean(True),
            'ProtocolVersion': dbus.Int32(0),
        }

    @dbus.service.method(PROPERTIES, in_signature='ss', out_signature='v')
    def Get(self, interface, prop):
        return self._properties()[prop]

    @dbus.service.method(PROPERTIES, in_signature='s', out_signature='a{sv}')
    def GetAll(self, interface):
        return self._properties()


if __name__ == '__main__':
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    watcher = Watcher(dbus.SessionBus())
    print(f'{NAME} is on the session bus', flush=True)
    GLib.MainLoop().run()
