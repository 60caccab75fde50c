from .ping import PING
PONG = "pong"
