/**
 * Synthetic names for seeded people: common given and family names, combined at random. They belong to
 * no case; seeded data never starts from real case records, not even scrubbed ones (house-style §7).
 */

export const GIVEN_NAMES_FEMALE = [
  'Ana', 'Andrea', 'Angela', 'Amber', 'Ashley', 'Brianna', 'Carmen', 'Catherine', 'Claire', 'Cristina',
  'Daniela', 'Diana', 'Elena', 'Emily', 'Emma', 'Gabriela', 'Grace', 'Hannah', 'Isabel', 'Jasmine',
  'Jennifer', 'Jessica', 'Josefina', 'Julia', 'Karen', 'Laura', 'Leah', 'Lily', 'Lucia', 'Luz',
  'Madison', 'Maria', 'Marisol', 'Megan', 'Mia', 'Monica', 'Natalie', 'Olivia', 'Paloma', 'Paula',
  'Rachel', 'Rebecca', 'Rosa', 'Sara', 'Sofia', 'Sophia', 'Teresa', 'Valeria', 'Veronica', 'Ximena',
  'Yesenia', 'Zoe', 'Abigail', 'Alicia', 'Beatriz', 'Camila', 'Chloe', 'Dolores', 'Esperanza', 'Fatima',
] as const;

export const GIVEN_NAMES_MALE = [
  'Aaron', 'Adrian', 'Alejandro', 'Andres', 'Anthony', 'Benjamin', 'Brandon', 'Caleb', 'Carlos', 'Christopher',
  'Daniel', 'David', 'Diego', 'Dylan', 'Eduardo', 'Elijah', 'Emilio', 'Ethan', 'Fernando', 'Gabriel',
  'Hector', 'Isaac', 'Jacob', 'Javier', 'Jesus', 'Joaquin', 'Jorge', 'Jose', 'Joseph', 'Joshua',
  'Juan', 'Julian', 'Kevin', 'Leonardo', 'Liam', 'Logan', 'Lucas', 'Luis', 'Manuel', 'Mateo',
  'Matthew', 'Michael', 'Miguel', 'Nathan', 'Noah', 'Oscar', 'Pablo', 'Rafael', 'Ricardo', 'Robert',
  'Roberto', 'Ryan', 'Samuel', 'Santiago', 'Sergio', 'Thomas', 'Tyler', 'Victor', 'William', 'Xavier',
] as const;

/** Given names used for either sex (and for a sex recorded as unknown). */
export const GIVEN_NAMES_NEUTRAL = [
  'Alex', 'Angel', 'Avery', 'Casey', 'Cruz', 'Jordan', 'Morgan', 'Noel', 'Quinn', 'Reese',
  'Riley', 'Rowan', 'Sage', 'Skyler', 'Taylor',
] as const;

export const FAMILY_NAMES_HISPANIC = [
  'Aguilar', 'Alvarez', 'Apodaca', 'Archuleta', 'Baca', 'Benavidez', 'Cabrera', 'Candelaria', 'Castillo', 'Chavez',
  'Cordova', 'Cruz', 'Delgado', 'Dominguez', 'Duran', 'Espinoza', 'Fernandez', 'Flores', 'Gallegos', 'Garcia',
  'Gomez', 'Gonzales', 'Gurule', 'Gutierrez', 'Hernandez', 'Herrera', 'Jaramillo', 'Lopez', 'Lucero', 'Luna',
  'Madrid', 'Maestas', 'Marquez', 'Martinez', 'Medina', 'Mendoza', 'Mondragon', 'Montoya', 'Morales', 'Moreno',
  'Ortega', 'Ortiz', 'Padilla', 'Pena', 'Perez', 'Ramirez', 'Reyes', 'Rivera', 'Rodriguez', 'Romero',
  'Ruiz', 'Salazar', 'Sanchez', 'Sandoval', 'Serna', 'Sisneros', 'Tafoya', 'Torres', 'Trujillo', 'Valdez',
  'Vargas', 'Vigil', 'Zamora',
] as const;

export const FAMILY_NAMES_ENGLISH = [
  'Adams', 'Allen', 'Anderson', 'Bailey', 'Baker', 'Barnes', 'Bell', 'Bennett', 'Brooks', 'Brown',
  'Butler', 'Campbell', 'Carter', 'Clark', 'Collins', 'Cook', 'Cooper', 'Davis', 'Edwards', 'Evans',
  'Fisher', 'Foster', 'Gray', 'Green', 'Hall', 'Harris', 'Hayes', 'Hill', 'Hughes', 'Jackson',
  'Jenkins', 'Johnson', 'Jones', 'Kelly', 'King', 'Lee', 'Lewis', 'Miller', 'Mitchell', 'Moore',
  'Morgan', 'Murphy', 'Nelson', 'Parker', 'Peterson', 'Phillips', 'Powell', 'Price', 'Reed', 'Richardson',
  'Roberts', 'Robinson', 'Rogers', 'Russell', 'Scott', 'Smith', 'Stewart', 'Sullivan', 'Taylor', 'Thompson',
  'Turner', 'Walker', 'Ward', 'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young',
] as const;

export const FAMILY_NAMES_ASIAN = [
  'Chen', 'Kim', 'Lin', 'Liu', 'Nguyen', 'Park', 'Patel', 'Tran', 'Wang', 'Yang',
] as const;
