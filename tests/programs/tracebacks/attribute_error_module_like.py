# AttributeError on a class object with a suggestion.
class Settings:
    timeout = 30
    retries = 3

print(Settings.timeout)
print(Settings.retry)
