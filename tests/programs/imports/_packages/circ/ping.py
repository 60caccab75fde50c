from .pong import PONG
PING = "ping"
