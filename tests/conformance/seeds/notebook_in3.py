def say():
    greeting = 'Hello'

    def display():
        print(greeting)

    return display    

fn = say()
fn()
